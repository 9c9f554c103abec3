/** The contract's records and enums: the item a caller sends and the decision it gets back. */
package cn.rongjiang.disclosure.core.model;
