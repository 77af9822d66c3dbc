package dev.tandem.domain.client;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

public class DateOfBirthValidator implements ConstraintValidator<DateOfBirth, LocalDate> {

    static final int EARLIEST_YEAR = 1900;

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        if (date.isAfter(LocalDate.now())) {
            return reject(context, "{dev.tandem.domain.client.DateOfBirth.future}");
        }
        if (date.getYear() < EARLIEST_YEAR) {
            return reject(context, "{dev.tandem.domain.client.DateOfBirth.tooEarly}");
        }
        return true;
    }

    private static boolean reject(ConstraintValidatorContext context, String messageTemplate) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(messageTemplate).addConstraintViolation();
        return false;
    }
}
