/** The contract's JSON: a strict reader for items and the writer for decisions. */
package cn.rongjiang.disclosure.core.json;
