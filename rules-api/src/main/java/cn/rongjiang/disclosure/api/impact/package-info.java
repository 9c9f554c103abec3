/** The impact of a rule change: the same items decided by two rule sets, and what changed. */
package cn.rongjiang.disclosure.api.impact;
