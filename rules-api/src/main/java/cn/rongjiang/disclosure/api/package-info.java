/** The Dropwizard service over the disclosure library, and its commands. */
package cn.rongjiang.disclosure.api;
