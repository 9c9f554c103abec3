/** The {@code /v1} resources: each validates its input, calls the library and returns its records. */
package cn.rongjiang.disclosure.api.resources;
