import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import type { EnterpriseContactView } from '@/core/org/org.model';
import type { AsyncData } from '@/hooks/use-async-data';
import { toCloudError } from '@/services/cloud-error';
import { revokeEnterpriseContact } from '@/services/contact.service';
import { COLOR_DANGER } from '@/styles/colors';
import { contactCodeUrl } from '@/utils/org-urls';

interface ContactsSectionProps {
  enterpriseId: string;
  enterpriseName: string;
  /** The steward issues binding codes and revokes contacts; others only read. */
  canManage: boolean;
  state: AsyncData<EnterpriseContactView[]>;
  reload: () => Promise<void>;
}

const statusOf = (c: EnterpriseContactView) => (c.status === 'disabled' ? '已撤销' : c.bound ? '已绑定' : '待绑定');

/** The people who use the mini-program for this enterprise. */
export function ContactsSection({ enterpriseId, enterpriseName, canManage, state, reload }: ContactsSectionProps) {
  async function revoke(contact: EnterpriseContactView) {
    const { confirm } = await Taro.showModal({
      title: '撤销企业联系人',
      content: `撤销后，${contact.name} 将不能再以本企业身份使用小程序。确定撤销吗？`,
      confirmText: '撤销',
      confirmColor: COLOR_DANGER,
    });
    if (!confirm) return;
    try {
      await revokeEnterpriseContact(contact.id);
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      await reload();
    } catch (err) {
      void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
    }
  }

  return (
    <Card className='profile-contacts' title='企业联系人'>
      <AsyncView
        inline
        state={state}
        onRetry={() => void reload()}
        isEmpty={(contacts) => contacts.length === 0}
        empty={{ title: `还没有企业联系人${canManage ? '，可发放绑定码邀请企业绑定' : ''}` }}
      >
        {(contacts) =>
          contacts.map((contact) => (
            <View key={contact.id} className='contact-person'>
              <View className='contact-person__who'>
                <Text className='contact-person__name'>{contact.name}</Text>
                {contact.phone ? <Text className='contact-person__phone text-meta'>{contact.phone}</Text> : null}
              </View>
              <Text className={`contact-person__status contact-person__status--${contact.status}`}>{statusOf(contact)}</Text>
              {canManage && contact.status === 'active' ? (
                <Text className='contact-person__revoke revoke-link' onClick={() => void revoke(contact)}>
                  撤销
                </Text>
              ) : null}
            </View>
          ))
        }
      </AsyncView>
      {canManage ? (
        <Button
          className='plain-button issue-code-button'
          onClick={() => void Taro.navigateTo({ url: contactCodeUrl(enterpriseId, enterpriseName) })}
        >
          发放绑定码
        </Button>
      ) : null}
    </Card>
  );
}
