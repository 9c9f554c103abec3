/** Golden cases: items with the decision they must get, read from a rule folder's {@code cases/} and checked. */
package cn.rongjiang.disclosure.core.cases;
