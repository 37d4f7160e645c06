/**
 * Small shared kernel: French grammar, rich text, error types, web error mapping. Open to
 * every module; it depends on none.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.atelierctg.common;

import org.springframework.modulith.ApplicationModule;
