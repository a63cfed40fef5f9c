/**
 * The local page ({@code nianbao serve}): a small HTTP server on the loopback address only, its
 * page (resources {@code index.html}, {@code page.js}), and the session of files dropped on it.
 * Uses only the facade ({@code org.nianbao}), the report values ({@code model}) and the message
 * catalogue ({@code message}); used only by {@code cli}.
 */
package org.nianbao.serve;
