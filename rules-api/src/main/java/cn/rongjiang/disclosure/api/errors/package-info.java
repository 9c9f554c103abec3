/** Every error the service answers with, as JSON: 4xx naming what is wrong, 5xx with an errorId only. */
package cn.rongjiang.disclosure.api.errors;
