package dev.loopline.report;

/** The fixed texts of the written handling report, each in Chinese and English. */
public enum ReportHeading {
    TITLE("书面处理报告", "Written handling report"),
    TICKET_NUMBER("投诉编号", "Ticket number"),
    ISSUED_ON("出具日期", "Date of issue"),
    ACCEPTED("受理时间", "Accepted"),
    CLOSED("办结时间", "Closed"),
    COMPLAINT("投诉内容", "The complaint"),
    CUSTOMER("客户", "Customer"),
    ADDRESS("地址", "Address"),
    UTILITY("业务类型", "Utility"),
    CATEGORY("投诉类别", "Category"),
    OCCURRED("问题发生时间", "Problem since"),
    DESCRIPTION("投诉描述", "Description"),
    FINDINGS("调查结果与原因", "Findings and cause"),
    MEASUREMENTS("现场测量", "Measured on site"),
    DEPARTMENTS("责任部门", "Responsible departments"),
    SOLUTION("解决方案", "Solution"),
    AGREED_SOLUTION("商定的解决方案", "Agreed solution"),
    PROMISED_BY("承诺完成时间", "Promised completion"),
    OTHER_OPTIONS("其他备选方案", "Other options proposed"),
    SINGLE_OPTION_REASON("仅一个方案的原因", "Why only one option"),
    COMPENSATION("补偿", "Compensation"),
    COMPENSATION_TYPE("补偿方式", "Type"),
    AMOUNT("金额", "Amount"),
    OWED_UNDER_COMMITMENT("服务承诺补偿", "Missed commitment"),
    REASON("说明", "Reason"),
    FOLLOW_UP("回访", "Follow-up"),
    SATISFACTION("满意度", "Satisfaction"),
    CUSTOMER_COMMENT("客户意见", "Customer comment"),
    HOTLINE("服务热线", "Hotline"),
    CLOSING("感谢您对我们工作的理解与支持。", "Thank you for your patience and understanding.");

    final String chinese;
    final String english;

    ReportHeading(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }
}
