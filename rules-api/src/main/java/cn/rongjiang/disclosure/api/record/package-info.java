/** The decision record: every decision the service returns, kept in a database, written off the request path. */
package cn.rongjiang.disclosure.api.record;
