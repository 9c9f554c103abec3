/** The {@code classify} and {@code check} commands of the jar. */
package cn.rongjiang.disclosure.api.cli;
