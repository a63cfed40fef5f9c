/**
 * The command line (picocli): {@code extract}, {@code convert}, {@code merge}, {@code fetch},
 * {@code serve}, {@code bench}; its checks of arguments, its progress and summary lines on stderr,
 * its exit codes and Ctrl+C. Uses only the facade ({@code org.nianbao}), the report values
 * ({@code model}), the message catalogue ({@code message}) and {@code serve}; the only package
 * that uses picocli.
 */
package org.nianbao.cli;
