package org.nianbao.form;

/**
 * One addend of a balance check side: a field, its sign, and whether it is read from the previous
 * year's report of the same agency (cross-year checks).
 */
public record Term(int sign, String field, boolean previousYear) {}
