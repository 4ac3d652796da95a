package io.gongjian.events;

/** Shared kernel of the contexts. The five co-construction modes of the model (source paper, section 3.3). */
public enum CoConstructionMode {
    IDEOLOGY("理念共享·思想引领"),
    ORGANIZATION("组织共建·资源共享"),
    TALENT("人才共育·交流合作"),
    INNOVATION("科技创新·成果转化"),
    CULTURE("文化融合·品牌共创");

    private final String chineseName;

    CoConstructionMode(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
