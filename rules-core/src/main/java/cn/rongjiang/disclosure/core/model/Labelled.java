package cn.rongjiang.disclosure.core.model;

/** An enum value of the contract that has a Chinese label for people and client UIs. */
public interface Labelled {
    /** The Chinese label, e.g. 主动公开. */
    String label();
}
