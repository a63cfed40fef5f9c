/**
 * What every reader stands on: the {@link org.nianbao.read.Source} an input is read from, the
 * {@link org.nianbao.read.ReportReader} interface, the {@link org.nianbao.read.Budget} a hostile file
 * is stopped by, the decoding of text ({@link org.nianbao.read.PageCharset}), the bounded inflating
 * of a zip ({@link org.nianbao.read.ZipGuard}) and {@link org.nianbao.read.ReadException}. It uses
 * document and message only; the format packages use it, never the other way round.
 */
package org.nianbao.read;
