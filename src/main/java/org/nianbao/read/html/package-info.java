/**
 * Web-page reports (HTML as saved or fetched): tables as a browser lays them out, what the page's
 * styles hide left out, text outside tables as lines, pictures by where they were saved. Uses
 * jsoup (no other reader does), {@code read.text}, {@code read.ocr} for pictures, the shared reading steps of
 * {@code org.nianbao.read}, the document model and messages.
 */
package org.nianbao.read.html;
