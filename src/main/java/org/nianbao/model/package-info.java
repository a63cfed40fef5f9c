/**
 * The report values nianbao returns: {@link org.nianbao.model.Report} (agency, year, format,
 * values by field id, flags, checks, sections), {@link org.nianbao.model.Outcome} (a report or why
 * not), and their parts. Immutable records; part of the public API. Uses only {@code form},
 * {@code document} and {@code message}.
 */
package org.nianbao.model;
