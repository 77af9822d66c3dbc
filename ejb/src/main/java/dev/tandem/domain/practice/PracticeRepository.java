package dev.tandem.domain.practice;

import java.util.Optional;

public interface PracticeRepository {

    /** The practice, once setup has created it. */
    Optional<Practice> find();

    /** Adds the practice; the database refuses a second one. */
    void add(Practice practice);
}
