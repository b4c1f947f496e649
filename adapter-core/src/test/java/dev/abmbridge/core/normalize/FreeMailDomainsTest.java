package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeMailDomainsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "hotmail.com",
            "hotmail.de", "outlook.com", "outlook.fr", "live.com", "live.co.uk", "msn.com", "aol.com", "icloud.com",
            "me.com", "mac.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de",
            "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "libero.it", "virgilio.it", "mail.ru",
            "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com", "naver.com", "protonmail.com", "proton.me",
            "zoho.com", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be", "skynet.be", "btinternet.com",
            "sky.com", "comcast.net", "verizon.net", "att.net", "GMAIL.COM", " gmail.com "})
    void freeMail(String domain) {
        assertThat(FreeMailDomains.isFreeMail(domain)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "acme.com", "acme.co.uk", "google.com", "microsoft.com", "salesforce.com",
            "yahooinc.com", "mygmail.com", "gmail.acme.com"})
    void notFreeMail(String domain) {
        assertThat(FreeMailDomains.isFreeMail(domain)).isFalse();
    }
}
