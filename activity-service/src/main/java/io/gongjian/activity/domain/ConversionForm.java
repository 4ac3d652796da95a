package io.gongjian.activity.domain;

/** How a research output was converted. */
public enum ConversionForm {
    LICENSE("许可"),
    TRANSFER("转让"),
    PRODUCT("产品化"),
    SERVICE("技术服务"),
    SELF_IMPLEMENTATION("自行实施");

    private final String chineseName;

    ConversionForm(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
