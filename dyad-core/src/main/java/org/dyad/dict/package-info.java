/** Reading the user-editable data files (dictionaries) that the actors and events stages are built from. */
package org.dyad.dict;
