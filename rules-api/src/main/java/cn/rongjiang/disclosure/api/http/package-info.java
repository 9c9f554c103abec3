/** Reading request bodies under the contract's limits, before any JSON binding. */
package cn.rongjiang.disclosure.api.http;
