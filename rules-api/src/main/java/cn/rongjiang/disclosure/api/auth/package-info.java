/** API keys: {@code Authorization: Bearer <key>}, configured and compared as SHA-256 hashes only. */
package cn.rongjiang.disclosure.api.auth;
