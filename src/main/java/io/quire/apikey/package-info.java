/**
 * API keys for sites: admins issue {@code content} and {@code preview} keys, shown once and kept
 * only as hashes; a key reads content as its scope allows and never writes.
 */
package io.quire.apikey;
