/**
 * The input document model every reader produces: a {@link org.nianbao.document.Document} of
 * paragraphs, cell grids and pictures in reading order, each with the
 * {@link org.nianbao.document.SourcePos} it was read at. Uses only {@code message}.
 */
package org.nianbao.document;
