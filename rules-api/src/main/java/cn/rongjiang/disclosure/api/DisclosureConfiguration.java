package cn.rongjiang.disclosure.api;

import io.dropwizard.core.Configuration;

/** The service's configuration; every field has a default, so {@code server} runs with no file. */
public class DisclosureConfiguration extends Configuration {
}
