package io.gongjian.evaluation.application;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the national data table of industry–education cooperation (产学合作数据, ODS_CXHZSJ): a college and an
 * enterprise in a year. The ODS field each carries is in its description; docs/national-data-table.md maps them.
 */
@Schema(name = "CooperationRow", description = "A row of ODS_CXHZSJ: a college × an enterprise × a year")
public record CooperationRow(
        @Schema(
                        description = "ZJSJWYXBS 主键数据唯一性标识: 32 capitals and digits, the same for the same college,"
                                + " enterprise and year in every export",
                        example = "3F2C0A9E1B7D4C6A8E5F0B1C2D3E4F5A")
                String id,
        @Schema(description = "The calendar year the figures cover", example = "2026") int year,
        @Schema(description = "XXDM 学校代码; null when the college's organisation has none", nullable = true)
                String schoolCode,
        @Schema(description = "The college's name (not an ODS field: to read the row by)", nullable = true)
                String schoolName,
        @Schema(description = "HZQYTYSHXYDM 合作企业统一社会信用代码", nullable = true) String enterpriseCreditCode,
        @Schema(description = "HZQYMC 合作企业名称", nullable = true) String enterpriseName,
        @Schema(description = "HZKSNY 合作开始年月, YYYYMM: the start of the earliest term", example = "202403")
                String cooperationStart,
        @Schema(description = "DDPYRS 订单培养人数") int orderClassTrainees,
        @Schema(description = "GTKFKCMS 共同开发课程门数") int coursesDeveloped,
        @Schema(description = "GTKFJCS 共同开发教材数") int textbooksDeveloped,
        @Schema(description = "ZCXXJZJSS 支持学校兼职教师数") int partTimeTeachers,
        @Schema(description = "JSDGSXXSS 接受顶岗实习学生数") int internsReceived,
        @Schema(description = "JSBYSJYS 接受毕业生就业数") int graduatesEmployed,
        @Schema(description = "XXWQYJSFWNSR 学校为企业技术服务年收入, 10k CNY (万元), to the yuan") BigDecimal technicalServiceIncome,
        @Schema(description = "SJCJSJ 数据采集时间, YYYYMMDD HHmmss (Asia/Shanghai)", example = "20261203 101500")
                String collectedAt,
        UUID universityOrganizationId,
        UUID enterpriseOrganizationId) {}
