package dev.tandem.domain.client;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date a living client can have been born on: not in the future, and not before
 * {@value DateOfBirthValidator#EARLIEST_YEAR}, which catches a mistyped century. An empty value is
 * valid here; say {@code @NotNull} where the date is required.
 */
@Documented
@Constraint(validatedBy = DateOfBirthValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DateOfBirth {

    String message() default "{dev.tandem.domain.client.DateOfBirth.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
