package dev.kubeprint.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose views are whole pages in the site's layout: the advices that fill the layout's model (its
 * navigation, the reader's clusters, the sign-out link) run for these alone. Their @ModelAttribute methods run on
 * every request of a controller they advise, whatever it returns, so a panel's poll must not be one of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RendersLayout {

}
