/**
 * The statutory form as data, loaded from {@code templates/}: its two formats (2019 trial, 2021
 * revision), fields, row labels and their variants, balance checks, narrative statements,
 * indicators and sheet layouts; the one definition every stage reads. Uses nothing of nianbao's.
 */
package org.nianbao.form;
