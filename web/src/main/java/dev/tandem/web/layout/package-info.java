/** What every signed-in page shows around its content: the practice's name and the signed-in person. */
package dev.tandem.web.layout;
