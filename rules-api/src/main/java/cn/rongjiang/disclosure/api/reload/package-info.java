/** The live rule set and its gated hot reload: watch the folder, check everything, swap atomically. */
package cn.rongjiang.disclosure.api.reload;
