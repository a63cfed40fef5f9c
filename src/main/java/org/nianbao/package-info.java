/**
 * The front door: {@link org.nianbao.Nianbao}, the one facade the commands, the local page and
 * library users call, with its options ({@link org.nianbao.ReadOptions}, {@link
 * org.nianbao.ConvertOptions}, {@link org.nianbao.MergeOptions}, {@link org.nianbao.FetchOptions}),
 * its results and its public exceptions. It may use every stage below it; only {@code cli} and
 * {@code serve} use it. The public API is this package, {@code org.nianbao.model} and {@code
 * org.nianbao.message} (docs/library.md).
 */
package org.nianbao;
