/** Health checks: the rules are loaded and the last reload passed; a canary item is classified as expected. */
package cn.rongjiang.disclosure.api.health;
