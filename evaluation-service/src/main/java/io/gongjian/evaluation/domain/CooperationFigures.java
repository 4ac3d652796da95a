package io.gongjian.evaluation.domain;

import java.math.BigDecimal;

/**
 * What a college and an enterprise did together in a year, as the national data table of industry–education
 * cooperation (产学合作数据, ODS_CXHZSJ) counts it; docs/national-data-table.md says which records each figure sums.
 *
 * @param orderClassTrainees 订单培养人数: headcount of ORDER_CLASS exchanges
 * @param coursesDeveloped 共同开发课程门数: TEACHING_RESOURCE achievements of kind COURSE
 * @param textbooksDeveloped 共同开发教材数: TEACHING_RESOURCE achievements of kind TEXTBOOK
 * @param partTimeTeachers 支持学校兼职教师数: headcount of ENTERPRISE_MENTOR exchanges
 * @param internsReceived 接受顶岗实习学生数: headcount of INTERNSHIP exchanges
 * @param graduatesEmployed 接受毕业生就业数: headcount of GRADUATE_EMPLOYMENT exchanges
 * @param technicalServiceIncome 学校为企业技术服务年收入, 10k CNY: the university's income from conversions
 */
public record CooperationFigures(
        int orderClassTrainees,
        int coursesDeveloped,
        int textbooksDeveloped,
        int partTimeTeachers,
        int internsReceived,
        int graduatesEmployed,
        BigDecimal technicalServiceIncome) {

    public static final CooperationFigures NONE = new CooperationFigures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    /** The figures of two partnerships of the same college and enterprise, as one row. */
    public CooperationFigures plus(CooperationFigures other) {
        return new CooperationFigures(
                orderClassTrainees + other.orderClassTrainees,
                coursesDeveloped + other.coursesDeveloped,
                textbooksDeveloped + other.textbooksDeveloped,
                partTimeTeachers + other.partTimeTeachers,
                internsReceived + other.internsReceived,
                graduatesEmployed + other.graduatesEmployed,
                technicalServiceIncome.add(other.technicalServiceIncome));
    }
}
