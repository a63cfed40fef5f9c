/**
 * Puts every paragraph and cell of a {@link org.nianbao.document.Document} into one form before
 * extraction: pinyin removed, traditional characters simplified, look-alike characters folded by
 * {@code templates/characters.tsv}. Uses {@code document} only.
 */
package org.nianbao.normalize;
