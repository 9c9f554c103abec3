/** Where the service and the commands find their rule folder. */
package cn.rongjiang.disclosure.api.rules;
