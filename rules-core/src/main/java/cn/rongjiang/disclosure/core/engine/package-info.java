/**
 * The rule runtime. Rule files see three of its types: the {@link
 * cn.rongjiang.disclosure.core.engine.FindingRecorder} a consequence records its finding on (the
 * global {@code finding}), the {@link cn.rongjiang.disclosure.core.engine.Tier}s of contract §4,
 * and the {@link cn.rongjiang.disclosure.core.engine.Decided} pattern of the second pass (tested
 * by the engine once the class is decided, see {@code DecidedCondition}). The rest is
 * plumbing: loading and checking rule folders, sessions, combining findings. Not an API for
 * embedders: use {@link cn.rongjiang.disclosure.core.DisclosureEngine}.
 */
package cn.rongjiang.disclosure.core.engine;
