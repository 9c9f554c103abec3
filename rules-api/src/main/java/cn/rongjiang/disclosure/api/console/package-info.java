/**
 * The console for policy staff (控制台): server-rendered Chinese pages over the live rules — the
 * catalogue with the golden cases that pin each rule, a form to try an item, the reload status and
 * the catalogue as CSV. Served on the application port, behind the same API-key filter as {@code /v1}.
 */
package cn.rongjiang.disclosure.api.console;
