package io.gongjian.commons.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "zh|zh",
                "zh-CN|zh",
                "zh-Hans|zh",
                "zh-Hans-CN|zh",
                "zh-CN,zh;q=0.9,en;q=0.8|zh",
                "en-US,en;q=0.9,zh-CN;q=0.8|en",
                "fr;q=1, zh;q=0.5|zh",
                "zh;q=0.3, en;q=0.7|en",
                "en|en",
                "fr-FR|en",
                "*|en",
                "NONE|en",
                "'  '|en",
                ";;q=x|en"
            })
    void thePreferredLanguageOfTheCatalogue(String acceptLanguage, String expected) {
        assertEquals(expected, Languages.preferred(acceptLanguage).toLanguageTag());
    }
}
