/**
 * What nianbao says to people, as data: every flag, check note, error and command-line message is
 * a {@link org.nianbao.message.Message} — a stable code for programs and its arguments — rendered
 * in Chinese or English from the catalogue {@code templates/messages.tsv}. Workbooks and the JSON
 * output are always in Chinese; the command line follows the system's language. Part of the
 * public API; stands on nothing else of nianbao's.
 */
package org.nianbao.message;
