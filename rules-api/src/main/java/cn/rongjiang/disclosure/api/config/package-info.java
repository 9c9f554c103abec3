/** Configuration helpers: environment overrides, the bind-address guard, the request log. */
package cn.rongjiang.disclosure.api.config;
