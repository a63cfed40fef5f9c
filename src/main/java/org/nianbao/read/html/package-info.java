/**
 * Reading web pages with jsoup as a browser shows them: text, tables (and boxes laid out as
 * tables), pictures, and the frames, next pages and attachments a page names as parts. Uses read,
 * text and ocr.
 */
package org.nianbao.read.html;
