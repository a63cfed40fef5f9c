/**
 * The checks of a report's figures: the balance checks of the statutory form computed over a
 * report's values, the plausibility checks, and the statements of the text about figures checked
 * against the tables. Uses {@code form}, {@code model} and {@code message}.
 */
package org.nianbao.check;
