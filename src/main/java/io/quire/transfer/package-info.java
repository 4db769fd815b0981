/**
 * Moving content in and out: imports of WordPress (WXR) and Quire (NDJSON) exports as jobs, the full export,
 * redirects for the permalinks of an imported site, and the bulk-write path synthetic content takes. Every
 * write goes through the import APIs of the modules that own the data.
 */
package io.quire.transfer;
