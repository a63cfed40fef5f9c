/**
 * Collecting reports from the web ({@code nianbao fetch}): addresses, links on column pages,
 * polite HTTP (one request at a time, a pause per host), the folder's {@code manifest.csv}. The
 * only package that opens a network connection; uses {@code read} (to decode pages), {@code
 * output} (to save files) and {@code message}; used only by the facade.
 */
package org.nianbao.fetch;
