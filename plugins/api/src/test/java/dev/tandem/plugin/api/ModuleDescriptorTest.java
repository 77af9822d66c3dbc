package dev.tandem.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleDescriptorTest {

    @Test
    void acceptsAWellFormedIdentity() {
        var descriptor = new ModuleDescriptor("mutual-respect", "1.2.0", "Mutual respect");

        assertThat(descriptor.id()).isEqualTo("mutual-respect");
        assertThat(descriptor.version()).isEqualTo("1.2.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mutual-Respect", "mutual respect", "-respect", "respect-", "1respect", ""})
    void refusesIdsThatAreNotLowerCaseHyphenatedWords(String id) {
        assertThatThrownBy(() -> new ModuleDescriptor(id, "1.0.0", "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "v1.0.0", "1.0.0.0"})
    void refusesVersionsThatAreNotSemantic(String version) {
        assertThatThrownBy(() -> new ModuleDescriptor("differentiation", version, "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("semantic version");
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> new ModuleDescriptor("differentiation", "1.0.0", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }
}
