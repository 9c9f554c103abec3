/** Small tables policy staff edit as CSV (offices, work tasks), each checked row by row. */
package cn.rongjiang.disclosure.core.tables;
