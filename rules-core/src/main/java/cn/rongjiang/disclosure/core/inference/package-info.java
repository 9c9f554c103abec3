/** Category inference: title normalisation, the staff-edited keyword table, and the inferrer (contract §4). */
package cn.rongjiang.disclosure.core.inference;
