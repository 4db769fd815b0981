/** Text rules every module shares: slugs. */
@org.springframework.modulith.NamedInterface("text")
package io.quire.core.text;
